result:solve["Already"];
show result;
