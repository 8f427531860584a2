result:solve[30];
show result;
