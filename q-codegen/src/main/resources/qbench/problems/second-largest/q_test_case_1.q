result:solve[3 1 4 1 5];
show result;
