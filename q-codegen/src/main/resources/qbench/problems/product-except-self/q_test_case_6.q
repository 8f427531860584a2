result:solve[2 -2 3];
show result;
