result:solve[50 40 30];
show result;
