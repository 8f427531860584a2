result:solve[10];
show result;
