result:solve[2 3];
show result;
