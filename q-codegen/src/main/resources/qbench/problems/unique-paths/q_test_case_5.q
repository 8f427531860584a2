result:solve[10;10];
show result;
