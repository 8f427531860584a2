result:solve["q4.1"];
show result;
