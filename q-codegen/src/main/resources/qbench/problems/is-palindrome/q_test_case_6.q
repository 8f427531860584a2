result:solve[""];
show result;
