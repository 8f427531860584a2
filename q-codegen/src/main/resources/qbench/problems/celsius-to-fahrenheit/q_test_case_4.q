result:solve[20 25 30];
show result;
