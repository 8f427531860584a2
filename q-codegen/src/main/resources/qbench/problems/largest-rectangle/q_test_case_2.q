result:solve[2 4];
show result;
