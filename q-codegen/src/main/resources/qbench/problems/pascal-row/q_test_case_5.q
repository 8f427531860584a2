result:solve[6];
show result;
