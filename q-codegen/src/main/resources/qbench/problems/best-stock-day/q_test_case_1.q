result:solve[7 1 5 3 6 4];
show result;
