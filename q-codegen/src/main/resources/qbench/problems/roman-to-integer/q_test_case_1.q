result:solve["III"];
show result;
