result:solve[0 1 0 3 2 3];
show result;
