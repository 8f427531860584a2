result:solve["racecar"];
show result;
