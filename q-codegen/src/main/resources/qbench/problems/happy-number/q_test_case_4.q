result:solve[7];
show result;
