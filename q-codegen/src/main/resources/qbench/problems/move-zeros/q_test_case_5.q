result:solve[4 0 -4];
show result;
