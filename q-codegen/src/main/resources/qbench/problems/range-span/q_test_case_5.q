result:solve[100 -100 50];
show result;
