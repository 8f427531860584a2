result:solve[2 4 6];
show result;
