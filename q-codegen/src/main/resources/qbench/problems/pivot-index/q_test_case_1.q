result:solve[1 7 3 6 5 6];
show result;
