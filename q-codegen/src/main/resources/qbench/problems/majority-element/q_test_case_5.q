result:solve[4 5 4 5 4];
show result;
