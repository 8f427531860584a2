result:solve[5 1 2 1 5];
show result;
