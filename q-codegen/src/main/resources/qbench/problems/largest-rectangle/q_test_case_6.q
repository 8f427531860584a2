result:solve[3 3 0 3];
show result;
