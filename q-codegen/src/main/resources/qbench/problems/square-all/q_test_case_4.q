result:solve[5 6];
show result;
