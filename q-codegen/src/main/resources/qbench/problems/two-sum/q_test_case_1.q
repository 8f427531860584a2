result:solve[2 7 11 15;9];
show result;
