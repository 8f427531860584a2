result:solve[10 20];
show result;
