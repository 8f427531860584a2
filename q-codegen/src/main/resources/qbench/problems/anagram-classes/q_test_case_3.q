result:solve[("abc";"cba";"bca")];
show result;
