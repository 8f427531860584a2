result:solve[1 2 3 2 2;2];
show result;
