result:solve[3 -1 -2];
show result;
