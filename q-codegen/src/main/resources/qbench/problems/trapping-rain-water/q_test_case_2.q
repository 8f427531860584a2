result:solve[4 2 0 3 2 5];
show result;
