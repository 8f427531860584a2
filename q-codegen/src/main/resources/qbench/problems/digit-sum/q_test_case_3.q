result:solve[9];
show result;
