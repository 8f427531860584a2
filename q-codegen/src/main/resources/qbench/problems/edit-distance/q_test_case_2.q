result:solve["intention";"execution"];
show result;
