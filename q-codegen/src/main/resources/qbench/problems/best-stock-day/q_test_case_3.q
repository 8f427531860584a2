result:solve[1 2];
show result;
