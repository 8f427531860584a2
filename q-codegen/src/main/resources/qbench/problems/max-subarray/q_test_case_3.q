result:solve[5 4 -1 7 8];
show result;
