result:solve[2 1 -1];
show result;
