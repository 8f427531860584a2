result:solve[3 2 3];
show result;
