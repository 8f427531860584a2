result:solve[0 100];
show result;
