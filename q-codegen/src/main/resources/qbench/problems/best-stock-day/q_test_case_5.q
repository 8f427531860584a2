result:solve[2 4 1 7];
show result;
