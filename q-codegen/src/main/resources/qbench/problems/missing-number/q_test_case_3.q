result:solve[9 6 4 2 3 5 7 0 1];
show result;
