result:solve["xyz";3];
show result;
