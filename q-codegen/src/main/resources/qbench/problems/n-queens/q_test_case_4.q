result:solve[4];
show result;
