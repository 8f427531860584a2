result:solve[1 2 3 1];
show result;
