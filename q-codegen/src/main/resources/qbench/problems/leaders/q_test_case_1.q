result:solve[16 17 4 3 5 2];
show result;
