result:solve["()[]{}"];
show result;
