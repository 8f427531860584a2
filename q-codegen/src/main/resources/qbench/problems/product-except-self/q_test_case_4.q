result:solve[5 1 1];
show result;
