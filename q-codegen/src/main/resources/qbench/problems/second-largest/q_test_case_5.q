result:solve[5 5 4];
show result;
