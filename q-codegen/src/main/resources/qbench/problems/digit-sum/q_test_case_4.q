result:solve[1000];
show result;
