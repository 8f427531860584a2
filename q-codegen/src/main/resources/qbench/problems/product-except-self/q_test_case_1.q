result:solve[1 2 3 4];
show result;
