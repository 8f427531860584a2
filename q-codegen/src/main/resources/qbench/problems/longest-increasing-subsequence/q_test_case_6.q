result:solve[5 4 3 2 1];
show result;
