result:solve[1024];
show result;
